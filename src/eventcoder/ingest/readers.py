"""File readers. Each yields Articles or InputErrors naming the file and line."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MalformedRecordError,
    NotEnglishError,
)
from ..models import Article
from .dates import normalise_date

TEXT_SUFFIXES = {".txt", ".text", ".md"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES | HTML_SUFFIXES

Item = Article | InputError

# Header lines a text file may start with ("Title: ...", "Word Count: 398").
_HEADER = re.compile(r"^(title|headline|word count|date|published|dateline|source|url|author|byline)\s*:\s*(.*)$", re.I)
_HEADER_FIELD = {
    "title": "title",
    "headline": "title",
    "date": "published",
    "published": "published",
    "source": "source",
    "url": "url",
}

# A few dozen English function words: a cheap, dependable language check for news text.
_EN_WORDS = frozenset(
    "the of and to in a is that for on with as by at from was it be has have are said his her its "
    "their they he she this which not but will would an or were been after who".split()
)


def english_share(text: str) -> float:
    words = re.findall(r"[A-Za-z']+", text[:20000].lower())
    if not words:
        return 0.0
    return sum(w in _EN_WORDS for w in words) / max(1, len(re.findall(r"\w+", text[:20000])))


def check_text(text: str, path: str, line: int | None, max_bytes: int, min_english: float) -> str:
    """Return the cleaned text or raise an InputError that names the file and line."""
    if "\x00" in text:
        raise BinaryInputError("binary data (NUL bytes), not text", path=path, line=line)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise EmptyInputError("no text", path=path, line=line, hint="the file or record is empty")
    if len(text.encode("utf-8", "ignore")) > max_bytes:
        raise InputTooLargeError(
            f"text of {len(text):,} characters is over the limit of {max_bytes:,} bytes",
            path=path,
            line=line,
            hint="split it, or raise max_bytes in the config",
        )
    if len(text.split()) >= 8 and english_share(text) < min_english:
        raise NotEnglishError(
            "the text does not look like English", path=path, line=line, hint="eventcoder codes English news"
        )
    return text


def _decode(data: bytes, path: str) -> str:
    if b"\x00" in data[:8192]:
        raise BinaryInputError("binary data (NUL bytes), not text", path=path, line=1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BinaryInputError(f"not UTF-8 text (byte {exc.start})", path=path, line=line) from exc


# A wire dateline opening the body: "BAGHDAD - ", "BEIRUT (Sample Wire) -- ". It is not part of the story
# (the parser would read the city as the first sentence's subject), so it is dropped.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'\u2019/-]{2,40}(?: \([^)\n]{1,40}\))? ?(?:-{1,2}|\u2013|\u2014) ")


def strip_dateline(text: str) -> str:
    m = _DATELINE.match(text)
    return text[m.end() :] if m else text


def read_text_article(raw: str, path: str, max_bytes: int = 5_000_000, min_english: float = 0.08) -> Article:
    """One article from a plain text file, honouring leading ``Title:``/``Date:``/``Word Count:`` lines."""
    meta: dict[str, Any] = {}
    lines = raw.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    while i < len(lines):
        m = _HEADER.match(lines[i].strip())
        if not m:
            break
        key, value = m.group(1).lower(), m.group(2).strip()
        field = _HEADER_FIELD.get(key)
        if field and value:
            meta[field] = value
        i += 1
    body = "\n".join(lines[i:])
    text = strip_dateline(check_text(body, path, None, max_bytes, min_english))
    if "published" in meta:
        meta["published"] = normalise_date(meta["published"])
    return Article.from_text(text, path=path, **meta)


def _record_article(rec: Any, path: str, line: int, max_bytes: int, min_english: float) -> Article:
    if not isinstance(rec, dict):
        raise MalformedRecordError("a record must be a JSON object", path=path, line=line)
    text = rec.get("text")
    if text is None:
        text = rec.get("body") or rec.get("content")
    if not isinstance(text, str):
        raise MalformedRecordError("record has no 'text' field", path=path, line=line, hint="add a text field")
    text = check_text(text, path, line, max_bytes, min_english)
    published = rec.get("published") or rec.get("date")
    rid = rec.get("id")
    return Article.from_text(
        text,
        id=str(rid) if rid not in (None, "") else None,
        title=(rec.get("title") or None),
        published=normalise_date(str(published)) if published else None,
        url=rec.get("url") or None,
        source=rec.get("source") or None,
        path=f"{path}:{line}",
    )


def _read_jsonl(data: str, path: str, max_bytes: int, min_english: float) -> Iterator[Item]:
    stripped = data.lstrip()
    if stripped.startswith("["):  # a JSON array of records
        try:
            recs = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield MalformedRecordError(f"invalid JSON: {exc.msg}", path=path, line=exc.lineno)
            return
        for n, rec in enumerate(recs, 1):
            try:
                yield _record_article(rec, path, n, max_bytes, min_english)
            except InputError as err:
                yield err
        return
    for n, line in enumerate(data.split("\n"), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedRecordError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=path, line=n)
            continue
        try:
            yield _record_article(rec, path, n, max_bytes, min_english)
        except InputError as err:
            yield err


def _read_csv(data: str, path: str, delimiter: str, max_bytes: int, min_english: float) -> Iterator[Item]:
    reader = csv.DictReader(io.StringIO(data), delimiter=delimiter)
    if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
        yield MalformedRecordError("CSV has no 'text' column", path=path, line=1, hint="columns: id,text,title,published,url,source")
        return
    try:
        for row in reader:
            rec = {(k or "").strip().lower(): v for k, v in row.items()}
            try:
                yield _record_article(rec, path, reader.line_num, max_bytes, min_english)
            except InputError as err:
                yield err
    except csv.Error as exc:
        yield MalformedRecordError(f"invalid CSV: {exc}", path=path, line=reader.line_num)


def _read_html(data: str, path: str, max_bytes: int, min_english: float) -> Article:
    import trafilatura

    text = trafilatura.extract(data, include_comments=False, include_tables=False) or ""
    meta = trafilatura.extract_metadata(data)
    if not text.strip():
        raise EmptyInputError("no article text found in the HTML", path=path, hint="is it a page of links or scripts only?")
    text = check_text(text, path, None, max_bytes, min_english)
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    return Article.from_text(text, title=title, published=normalise_date(date) if date else None, url=url, path=path)


def read_path(path: Path, max_bytes: int = 5_000_000, min_english: float = 0.08) -> Iterator[Item]:
    """Read one file by its suffix."""
    p = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes * 4 and path.suffix.lower() not in RECORD_SUFFIXES:
            yield InputTooLargeError(f"file of {size:,} bytes is over the limit", path=p)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror}", path=p)
        return
    try:
        text = _decode(data, p)
    except InputError as err:
        yield err
        return
    yield from _read_decoded(text, p, path.suffix.lower(), max_bytes, min_english)


def _read_decoded(text: str, p: str, suffix: str, max_bytes: int, min_english: float) -> Iterator[Item]:
    try:
        if suffix in (".jsonl", ".ndjson", ".json"):
            yield from _read_jsonl(text, p, max_bytes, min_english)
        elif suffix in (".csv", ".tsv"):
            yield from _read_csv(text, p, "\t" if suffix == ".tsv" else ",", max_bytes, min_english)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(text, p, max_bytes, min_english)
        else:
            yield read_text_article(text, p, max_bytes, min_english)
    except InputError as err:
        yield err


def _walk(path: Path) -> Iterator[Path]:
    for child in sorted(path.rglob("*")):
        if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES and not child.name.startswith("."):
            if child.name.lower() == "readme.md":
                continue
            yield child


def read_inputs(
    paths: Iterable[str | Path], max_bytes: int = 5_000_000, min_english: float = 0.08
) -> Iterator[Item]:
    """Every article under the given paths (files, directories recursively, or ``-`` for stdin)."""
    for raw in paths:
        if str(raw) == "-":
            data = sys.stdin.read()
            kind = ".jsonl" if data.lstrip().startswith(("{", "[")) else ".txt"
            yield from _read_decoded(data, "<stdin>", kind, max_bytes, min_english)
            continue
        path = Path(raw)
        if path.is_dir():
            for f in _walk(path):
                yield from read_path(f, max_bytes, min_english)
        elif path.exists():
            yield from read_path(path, max_bytes, min_english)
        else:
            yield InputError("no such file or directory", path=str(path))
