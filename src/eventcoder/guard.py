"""One article's failure stays that article's.

A component of the pipeline that raises on a document (a bug met on text nobody tried before) would otherwise end
``nlp.pipe`` and with it the whole batch. Each eventcoder component's ``__call__`` is wrapped by :func:`guarded`: the
error is logged with the article's id, written to ``doc.user_data["coding_error"]``, the component's outputs are
cleared, and later components pass the document on untouched. ``code_articles`` reports it as ``Coded.error`` (the
CLI counts the article as failed and stores nothing for it); ``code_article`` raises :class:`CodingError`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from spacy.tokens import Doc

log = logging.getLogger("eventcoder")

ERROR_KEY = "coding_error"

C = TypeVar("C", bound=Callable[..., Doc])


def coding_error(doc: Doc) -> str | None:
    """What failed on this document, if anything did."""
    return doc.user_data.get(ERROR_KEY) if doc.user_data else None


def guarded(stage: str, clear: Callable[[Doc], None]) -> Callable[[C], C]:
    """Wrap a component's ``__call__(self, doc)``: on an exception, record it, ``clear(doc)`` and return the doc."""

    def wrap(call: C) -> C:
        @wraps(call)
        def run(self: Any, doc: Doc) -> Doc:
            if coding_error(doc):
                clear(doc)  # an earlier component failed: nothing of this one's can be trusted
                return doc
            try:
                return call(self, doc)
            except MemoryError:
                raise
            except Exception as exc:  # noqa: BLE001  (any bug: the article fails, the batch goes on)
                msg = f"{stage} failed: {type(exc).__name__}: {str(exc)[:200]}"
                doc.user_data[ERROR_KEY] = msg
                log.error("article %s: %s; the article is left without events, the batch goes on",
                          doc.user_data.get("article_id", "?"), msg)
                clear(doc)
                return doc

        return run  # type: ignore[return-value]

    return wrap
