"""A local multiprocessing runner: each worker loads the pipeline once and codes chunks of articles.

Results come back in input order, so storage stays deterministic and idempotent whatever the
number of workers. With ``workers <= 1`` it is the plain in-process path.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator

from ..config import Settings, load_settings
from ..models import Article
from ..pipeline import Coded, code_articles

_SETTINGS: Settings | None = None


def _init(settings: Settings) -> None:
    global _SETTINGS
    _SETTINGS = settings
    from ..nlp import get_nlp

    get_nlp(settings)  # load once per worker


def _work(chunk: list[Article]) -> list[Coded]:
    return list(code_articles(chunk, _SETTINGS))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    buf: list[Article] = []
    for a in articles:
        buf.append(a)
        if len(buf) >= size:
            yield buf
            buf = []
    if buf:
        yield buf


def code_parallel(
    articles: Iterable[Article], settings: Settings | None = None, workers: int = 1, chunk_size: int = 16
) -> Iterator[Coded]:
    """Code articles on ``workers`` processes; yields :class:`Coded` in input order."""
    s = settings or load_settings()
    if workers <= 1:
        yield from code_articles(articles, s)
        return
    ctx = mp.get_context("spawn")  # a fresh interpreter per worker: safe with spaCy and DuckDB handles
    with ctx.Pool(workers, initializer=_init, initargs=(s,)) as pool:
        for batch in pool.imap(_work, _chunks(articles, chunk_size)):
            yield from batch
