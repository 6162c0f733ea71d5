"""Exceptions. Every error eventcoder raises derives from :class:`EventcoderError`.

::

    EventcoderError                  root; carries code, path, line, article_id, hint
    +-- ConfigError                  bad configuration, model that will not load       [E1xx]
    +-- InputError                   an input that cannot be read or coded             [E2xx]
    |   +-- EmptyInputError          empty file or record                              [E201]
    |   +-- BinaryInputError         binary / undecodable bytes                        [E202]
    |   +-- InputTooLargeError       larger than the configured limit                  [E203]
    |   +-- MalformedRecordError     bad JSON line, CSV row without text               [E204]
    |   +-- NotEnglishError          text that is not English                          [E205]
    |   +-- CodingError              an article a component failed on (a bug to report) [E206]
    +-- RegistryError                a broken actor registry or lexicon data file      [E3xx]
    +-- StoreError                   DuckDB store problems                             [E4xx]
"""

from __future__ import annotations


class EventcoderError(Exception):
    """Root of every eventcoder error; the message names the file, line and fix where known."""

    code = "E000"

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        article_id: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.article_id = article_id
        self.hint = hint
        super().__init__(str(self))

    def where(self) -> str:
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def __str__(self) -> str:
        loc = self.where()
        s = f"[{self.code}] " + (f"{loc}: " if loc else "") + self.message
        if self.hint:
            s += f" ({self.hint})"
        return s


class ConfigError(EventcoderError):
    """The configuration or the spaCy model cannot be used."""

    code = "E100"


class InputError(EventcoderError):
    """An input that cannot be read or coded; the batch goes on without it."""

    code = "E200"


class EmptyInputError(InputError):
    """The file or record has no text."""

    code = "E201"


class BinaryInputError(InputError):
    """The file holds binary data or bytes that are not text."""

    code = "E202"


class InputTooLargeError(InputError):
    """The file or record is larger than the configured limit."""

    code = "E203"


class MalformedRecordError(InputError):
    """A JSONL line or CSV row that cannot be parsed or lacks a text field."""

    code = "E204"


class NotEnglishError(InputError):
    """The text does not look like English; eventcoder codes English news."""

    code = "E205"


class CodingError(InputError):
    """A component failed on this article (an eventcoder bug: please report it with the text); the article is
    left without events and the rest of the batch goes on."""

    code = "E206"


class RegistryError(EventcoderError):
    """An actor registry, lexicon or other data file is broken."""

    code = "E300"


class StoreError(EventcoderError):
    """The DuckDB store cannot be opened or written."""

    code = "E400"
