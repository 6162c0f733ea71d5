"""eventcoder: news in, PLOVER event data out, with the evidence sentence for every event.

>>> from eventcoder import code_texts                                   # doctest: +SKIP
>>> [e.event for e in code_texts(["Israel launched airstrikes on Gaza on Saturday."])]
['ASSAULT']
"""

from .config import Settings, load_settings
from .errors import EventcoderError, InputError
from .explain import Explanation, explain_articles
from .models import EVENT_TYPES, Actor, Article, Condition, Event, Mention, Place
from .pipeline import Coded, code_article, code_articles, code_texts
from .store import Corpus

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Coded",
    "Condition",
    "Corpus",
    "EVENT_TYPES",
    "Event",
    "EventcoderError",
    "Explanation",
    "InputError",
    "Mention",
    "Place",
    "Settings",
    "code_article",
    "code_articles",
    "code_texts",
    "explain_articles",
    "load_settings",
]
