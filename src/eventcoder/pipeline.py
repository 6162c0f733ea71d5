"""The heart: ``code_article(Article) -> list[Event]`` and its batched forms."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .config import Settings
from .models import Article, Event, Mention
from .nlp import get_nlp, make_doc, parse


@dataclass(frozen=True, slots=True)
class Coded:
    """One coded article: its events and the actor mentions they were built from."""

    article: Article
    events: tuple[Event, ...]
    mentions: tuple[Mention, ...]
    # acts found with no nameable actor: not part of the event record (see ``Doc._.unattributed``)
    unattributed: tuple[Event, ...] = ()


def code_article(article: Article, settings: Settings | None = None) -> list[Event]:
    """Code one article into PLOVER events (pure: same article, same events)."""
    nlp = get_nlp(settings)
    doc = nlp(make_doc(nlp, article))
    return list(doc._.events or [])


def code_articles(articles: Iterable[Article], settings: Settings | None = None, batch_size: int | None = None) -> Iterator[Coded]:
    """Code many articles, batched through ``nlp.pipe``; yields one :class:`Coded` per article in order."""
    for article, doc in parse(articles, settings, batch_size):
        yield Coded(article, tuple(doc._.events or ()), tuple(doc._.actor_mentions or ()), tuple(doc._.unattributed or ()))


def code_texts(texts: Iterable[str], published: str | None = None, settings: Settings | None = None) -> list[Event]:
    """Code plain strings (each one article); convenient in notebooks and tests."""
    arts = [Article.from_text(t, published=published) for t in texts]
    out: list[Event] = []
    for c in code_articles(arts, settings):
        out.extend(c.events)
    return out
