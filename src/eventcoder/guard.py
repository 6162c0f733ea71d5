"""One article's failure stays that article's.

A component of the pipeline that raises on a document (a bug met on text nobody tried before) would otherwise end
``nlp.pipe`` and with it the whole batch. Each eventcoder component's ``__call__`` is wrapped by :func:`guarded`: the
error is logged with the article's id, written to ``doc.user_data["coding_error"]``, the component's outputs are
cleared, and later components pass the document on untouched. ``code_articles`` reports it as ``Coded.error`` (the
CLI counts the article as failed and stores nothing for it); ``code_article`` raises :class:`CodingError`.
A failure before those components (making the article's Doc, the tokenizer, the model's own pipes) would end
``nlp.pipe`` for the batch: ``eventcoder.nlp.parse`` then codes that batch's articles one by one and gives the one
that fails a :func:`failed_doc`.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from spacy.tokens import Doc
from spacy.vocab import Vocab

log = logging.getLogger("eventcoder")

ERROR_KEY = "coding_error"

C = TypeVar("C", bound=Callable[..., Doc])


def coding_error(doc: Doc) -> str | None:
    """What failed on this document, if anything did."""
    return doc.user_data.get(ERROR_KEY) if doc.user_data else None


def record_failure(doc: Doc, stage: str, exc: BaseException) -> None:
    """Write what failed on this document to it and log it with the article's id."""
    msg = f"{stage} failed: {type(exc).__name__}: {str(exc)[:200]}"
    doc.user_data[ERROR_KEY] = msg
    log.error("article %s: %s; the article is left without events, the batch goes on",
              doc.user_data.get("article_id", "?"), msg)


def failed_doc(vocab: Vocab, article_id: str, stage: str, exc: BaseException) -> Doc:
    """An empty document standing for an article that failed before the guarded components could run (making its
    Doc, the tokenizer, the model's own components): it carries the failure, as a guarded component's does."""
    doc = Doc(vocab, words=[])
    doc.user_data["article_id"] = article_id
    record_failure(doc, stage, exc)
    return doc


def guarded(stage: str, clear: Callable[[Doc], None]) -> Callable[[C], C]:
    """Wrap a component's ``__call__(self, doc)``: on an exception, record it, ``clear(doc)`` and return the doc."""

    def wrap(call: C) -> C:
        @wraps(call)
        def run(self: Any, doc: Doc) -> Doc:
            if coding_error(doc):
                clear(doc)  # an earlier component failed: nothing of this one's can be trusted
                return doc
            # The cyclic garbage collector waits until the component is done with the document: the components make
            # many short-lived objects (Tokens, Spans, lists), which set off collections every few hundred objects,
            # and the full ones walk the whole heap (the model, the vocabularies) to free next to nothing. Collection
            # resumes right after (none of the objects the components leave behind is lost to it).
            paused = gc.isenabled()
            if paused:
                gc.disable()
            try:
                return call(self, doc)
            except MemoryError:
                raise
            except Exception as exc:  # noqa: BLE001  (any bug: the article fails, the batch goes on)
                record_failure(doc, stage, exc)
                clear(doc)
                return doc
            finally:
                if paused:
                    gc.enable()

        return run  # type: ignore[return-value]

    return wrap
