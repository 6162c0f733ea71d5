"""A Ray runner for archive backfills: the same pure coding function, on a Ray cluster.

``ray.init(address)`` joins an existing cluster (``"auto"``), or starts a local one when no address is
given. Each task codes a chunk of articles in a worker that loads the pipeline once (cached per
process); results are gathered in input order, so storage stays idempotent and deterministic.
Install with ``pip install 'eventcoder[ray]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..config import Settings, load_settings
from ..errors import ConfigError
from ..models import Article
from ..pipeline import Coded, code_articles


def _code_chunk(chunk: list[Article], settings: Settings) -> list[Coded]:
    return list(code_articles(chunk, settings))


def code_ray(
    articles: Iterable[Article],
    settings: Settings | None = None,
    address: str | None = None,
    chunk_size: int = 32,
    max_in_flight: int = 8,
    num_cpus: int | None = None,
) -> Iterator[Coded]:
    """Code articles as Ray tasks; yields :class:`Coded` in input order.

    At most ``max_in_flight`` chunks are submitted ahead of the one being yielded, so memory stays flat
    on very large inputs.
    """
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("Ray is not installed", hint="pip install 'eventcoder[ray]'") from exc
    s = settings or load_settings()
    if not ray.is_initialized():
        kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if address:
            kw["address"] = address
        elif num_cpus:
            kw["num_cpus"] = num_cpus
        ray.init(**kw)
    task = ray.remote(_code_chunk)
    settings_ref = ray.put(s)
    pending: list[Any] = []
    buf: list[Article] = []

    def submit(chunk: list[Article]) -> None:
        pending.append(task.remote(chunk, settings_ref))

    for a in articles:
        buf.append(a)
        if len(buf) >= chunk_size:
            submit(buf)
            buf = []
            while len(pending) > max_in_flight:
                yield from ray.get(pending.pop(0))
    if buf:
        submit(buf)
    while pending:
        yield from ray.get(pending.pop(0))
