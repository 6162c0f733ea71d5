"""The heart: ``code_article(Article) -> list[Event]`` and its batched forms."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from .config import Settings, load_settings
from .errors import CodingError
from .events.confidence import kept
from .guard import coding_error
from .models import Article, Event, Mention
from .nlp import get_nlp, parse, parse_one


@dataclass(frozen=True, slots=True)
class Coded:
    """One coded article: its events and the actor mentions they were built from."""

    article: Article
    events: tuple[Event, ...]
    mentions: tuple[Mention, ...]
    # acts found with no nameable actor: not part of the event record (see ``Doc._.unattributed``)
    unattributed: tuple[Event, ...] = ()
    # what failed on this article, if a component did (see ``eventcoder.guard``): it then has no events
    error: str | None = None


def _floor(nlp: Language, settings: Settings | None) -> float:
    """The confidence under which events are left out: the setting, else the packaged (or user's) model's own."""
    s = settings or load_settings()
    if s.min_confidence is not None:
        return s.min_confidence
    return float(getattr(nlp.get_pipe("eventcoder_confidence"), "threshold", 0.0))


def code_article(article: Article, settings: Settings | None = None) -> list[Event]:
    """Code one article into PLOVER events (pure: same article, same events). Raises :class:`CodingError` if a
    component failed on it (``code_articles`` reports that per article instead and goes on)."""
    nlp = get_nlp(settings)
    doc = parse_one(nlp, article)
    failed = coding_error(doc)
    if failed:
        raise CodingError(failed, path=article.path, article_id=article.id, hint="please report the article's text")
    return kept(doc._.events or (), _floor(nlp, settings))


def code_articles(articles: Iterable[Article], settings: Settings | None = None, batch_size: int | None = None) -> Iterator[Coded]:
    """Code many articles, batched through ``nlp.pipe``; yields one :class:`Coded` per article in order. An article
    a component failed on comes with ``error`` set and no events; the others are not affected."""
    floor = _floor(get_nlp(settings), settings)
    for article, doc in parse(articles, settings, batch_size):
        failed = coding_error(doc)
        if failed:
            yield Coded(article, (), (), (), error=failed)
            continue
        events = tuple(kept(doc._.events or (), floor))
        yield Coded(article, events, tuple(doc._.actor_mentions or ()), tuple(doc._.unattributed or ()))


def code_texts(texts: Iterable[str], published: str | None = None, settings: Settings | None = None) -> list[Event]:
    """Code plain strings (each one article); convenient in notebooks and tests."""
    arts = [Article.from_text(t, published=published) for t in texts]
    out: list[Event] = []
    for c in code_articles(arts, settings):
        out.extend(c.events)
    return out
