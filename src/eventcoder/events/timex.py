"""The date of an event: relative expressions in its sentence resolved against the published date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc, Span

from ..nlp import doc_ents

if not Doc.has_extension("sentence_dates"):
    Doc.set_extension("sentence_dates", default=None)
# where spaCy keeps the extension's value in ``doc.user_data``
_SENTENCE_DATES: Any = ("._.", "sentence_dates", None, None)

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9


# the patterns of ``resolve_date``, compiled once (``re``'s own cache is shared with every other module's patterns)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_AGO = re.compile(r"(\d+)\s+(day|week|month|year)s?\s+ago")
_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})(?:,?\s+(\d{4}))?\b")


def _iso(d: date) -> str:
    return d.isoformat()


def resolve_date(expr: str, published: str | None) -> str | None:
    """Resolve one date expression ("on Saturday", "last week", "March 3", "yesterday") to an ISO date."""
    if not published:
        m = _ISO.search(expr)
        return m.group(0) if m else None
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return None
    e = expr.lower().strip()
    if "yesterday" in e or "last night" in e:
        return _iso(pub - timedelta(days=1))
    if "today" in e or "tonight" in e or "this morning" in e or "this evening" in e:
        return _iso(pub)
    if "tomorrow" in e:
        return _iso(pub + timedelta(days=1))
    for i, wd in enumerate(_WEEKDAYS):
        if wd in e:
            back = (pub.weekday() - i) % 7
            if "next" in e:
                return _iso(pub + timedelta(days=(i - pub.weekday()) % 7 or 7))
            if "last" in e and back == 0:
                back = 7
            return _iso(pub - timedelta(days=back))
    m = _AGO.search(e)
    if m:
        n, unit = int(m.group(1)), m.group(2)
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        return _iso(pub - timedelta(days=days))
    if "last week" in e:
        return _iso(pub - timedelta(days=7))
    if "last month" in e:
        return _iso((pub.replace(day=1) - timedelta(days=1)).replace(day=1))
    m = _ISO.search(e)
    if m:
        return m.group(0)
    m = _MONTH_DAY.search(e) or None
    m2 = _DAY_MONTH.search(e)
    month = day = year = None
    if m and m.group(1) in _MONTHS:
        month, day, year = _MONTHS[m.group(1)], int(m.group(2)), m.group(3)
    elif m2 and m2.group(2) in _MONTHS:
        month, day, year = _MONTHS[m2.group(2)], int(m2.group(1)), m2.group(3)
    if month and day:
        y = int(year) if year else pub.year
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if not year and d > pub + timedelta(days=2):
            d = d.replace(year=y - 1)
        return _iso(d)
    return None


def event_date(sent: Span, published: str | None) -> str | None:
    """The first resolvable DATE entity in the sentence, else the published date; read once a sentence
    (every event of the sentence asks, and ``sent.ents`` builds all the document's entities)."""
    cache = sent.doc.user_data.get(_SENTENCE_DATES)  # ``doc._.sentence_dates`` (each read of ``doc._`` makes a new object)
    if cache is None:
        cache = sent.doc.user_data[_SENTENCE_DATES] = {}
    key = (sent.start, sent.end, published)
    if key not in cache:
        cache[key] = _sentence_date(sent, published)
    return cache[key]


def _sentence_date(sent: Span, published: str | None) -> str | None:
    start, end = sent.start, sent.end
    for ent in doc_ents(sent.doc):  # ``sentence_ents(sent)``, with no new Span made for each entity
        if ent.start < start:
            continue
        if ent.end > end:
            break
        if ent.label_ in ("DATE", "TIME"):
            d = resolve_date(ent.text, published)
            if d:
                return d
    return published[:10] if published else None
