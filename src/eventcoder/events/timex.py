"""The date of an event: relative expressions in its sentence resolved against the published date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..nlp import doc_ents, entity_at

if not Doc.has_extension("sentence_dates"):
    Doc.set_extension("sentence_dates", default=None)
# where spaCy keeps the extension's value in ``doc.user_data``
_SENTENCE_DATES: Any = ("._.", "sentence_dates", None, None)

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9


# counts written out, as news writes small ones: "two days ago", "a week earlier"
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "few": 3}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# holidays on one fixed day of the year, by their English names: "on Christmas Day" is Dec. 25 of the year the
# sentence speaks of
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
             "new year's eve": (12, 31), "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31),
             "may day": (5, 1), "bastille day": (7, 14), "orthodox christmas": (1, 7)}

# the patterns of ``resolve_date``, compiled once (``re``'s own cache is shared with every other module's patterns)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_COUNT = r"(\d+|" + "|".join(_COUNTS) + r")"
# "three days ago" (before the report), "two days earlier" / "a week later" (before or after the other date of
# the sentence, the report's where it has none)
_AGO = re.compile(r"\b" + _COUNT + r"\s+(day|week|month|year)s?\s+(ago|earlier|previously|later)\b")
_HOLIDAY = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _HOLIDAYS), key=len, reverse=True)) + r")\b")
_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})(?:,?\s+(\d{4}))?\b")


# a year, a month named in words, a decade ("the 1990s", "the '80s"): for ``resolve_period``
_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_MONTH_NAME = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b")
_DECADE = re.compile(r"\d0'?s\b")
_DECADE_WORD = re.compile(r"'?((?:1[89]|20)?\d0)'?s")


def _iso(d: date) -> str:
    return d.isoformat()


def month_number(word: str) -> int | None:
    """1 for "January", "Jan" or "Jan."; None for a word that names no month."""
    return _MONTHS.get(word.lower().rstrip("."))


def resolve_period(expr: str, published: str | None, future: bool = False) -> tuple[str, str] | None:
    """Resolve a date expression that names a month or a year, not a day, to the period's first day and its
    precision: "in 2021" -> ("2021-01-01", "year"), "in February 2022" -> ("2022-02-01", "month"), "last year",
    "last month", "next month", "in May last year", "last July" (the latest July before the month of publication);
    a month without a year ("in March") is the most recent one not after the published date (in a future act: the
    next one not before it). None for an expression that names a day
    (``resolve_date`` reads it), a span of years ("between 2019 and 2021"), a decade ("the 1990s") or a season."""
    e = expr.lower().strip()
    pub: date | None = None
    if published:
        try:
            pub = date.fromisoformat(published[:10])
        except ValueError:
            pub = None
    if _DECADE.search(e):
        return None
    mn = _MONTH_NAME.search(e)
    if pub is not None and mn and not _YEAR.search(e) and ("last year" in e or "next year" in e):
        # "in May last year", "by June next year": that month of the year before or after publication
        return f"{pub.year + (1 if 'next year' in e else -1):04d}-{_MONTHS[mn.group(1)]:02d}-01", "month"
    if pub is not None and mn and re.search(r"\blast\s+" + mn.group(1) + r"\b", e):
        # "last July": the latest July before the month of publication
        m_last = _MONTHS[mn.group(1)]
        return f"{pub.year if m_last < pub.month else pub.year - 1:04d}-{m_last:02d}-01", "month"
    if pub is not None:
        if "last year" in e or "previous year" in e:
            return f"{pub.year - 1:04d}-01-01", "year"
        if "next year" in e:
            return f"{pub.year + 1:04d}-01-01", "year"
        if "last month" in e or "previous month" in e:
            return _iso((pub.replace(day=1) - timedelta(days=1)).replace(day=1)), "month"
        if "next month" in e:
            return _iso((pub.replace(day=28) + timedelta(days=4)).replace(day=1)), "month"
    years = set(_YEAR.findall(e))
    if len(years) > 1:
        return None  # "between 2019 and 2021", "from 2014 to 2022": no one period
    for m in (_MONTH_DAY.search(e), _DAY_MONTH.search(e)):
        if m and (m.group(1) in _MONTHS or m.group(2) in _MONTHS):
            return None  # "March 3", "3 March 2021": a day
    month = _MONTHS[mn.group(1)] if mn else None
    if years:
        y = int(next(iter(years)))
        return (f"{y:04d}-{month:02d}-01", "month") if month else (f"{y:04d}-01-01", "year")
    if month is None or pub is None:
        return None
    if future:
        y = pub.year if month >= pub.month else pub.year + 1
    else:
        y = pub.year if month <= pub.month else pub.year - 1
    return f"{y:04d}-{month:02d}-01", "month"


def token_period(tok: Token, published: str | None) -> tuple[str, str]:
    """The date and precision of the date phrase (its DATE entity) holding a year's token, read as
    ``resolve_period`` reads it ("in February 2022": ("2022-02-01", "month"); "a 2019 march": ("2019-01-01",
    "year"); "on March 3, 2021": the day), else the year's: the date of a background act named by its year."""
    ent = entity_at(tok)
    if ent is not None and ent.label_ == "DATE":
        # up to the year: a noun after it is what it dates, not a month ("a 2019 march", tagged as one date)
        ent = ent.doc[ent.start : tok.i + 1]
        p = resolve_period(ent.text, published)
        if p:
            return p
        d = resolve_date(ent.text, published)
        if d:
            return d, "day"
    return f"{tok.text}-01-01", "year"


def decade_start(word: str) -> int | None:
    """1990 for "1990s", "1990's" or "'90s" (a two-digit decade read as the 1900s' from "'30s" on, else the 2000s');
    None for a word that names no decade."""
    m = _DECADE_WORD.fullmatch(word)
    if not m:
        return None
    y = int(m.group(1))
    return y if y >= 100 else (1900 + y if y >= 30 else 2000 + y)


def _last_year(d: date) -> date:
    return d.replace(year=d.year - 1, day=28) if (d.month, d.day) == (2, 29) else d.replace(year=d.year - 1)


def _next_year(d: date) -> date:
    return d.replace(year=d.year + 1, day=28) if (d.month, d.day) == (2, 29) else d.replace(year=d.year + 1)


def resolve_date(expr: str, published: str | None, future: bool = False, anchor: str | None = None) -> str | None:
    """Resolve one date expression ("on Saturday", "last week", "March 3", "yesterday") to an ISO date.

    ``future``: the expression dates a future act, so a weekday, a weekend or a day of the year without a year is
    the next one ("the two leaders will meet on Thursday": the coming Thursday). ``anchor``: the date that "two
    days earlier" counts from (the other date of the sentence: "said on Friday it had tracked the ship two days
    earlier"), the published date where none is given."""
    if not published:
        m = _ISO.search(expr)
        return m.group(0) if m else None
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return None
    e = expr.lower().strip()
    if "day before yesterday" in e:  # "the day before yesterday": two days before the report
        return _iso(pub - timedelta(days=2))
    if "day after tomorrow" in e:
        return _iso(pub + timedelta(days=2))
    if "yesterday" in e or "last night" in e:
        return _iso(pub - timedelta(days=1))
    if "today" in e or "tonight" in e or "this morning" in e or "this evening" in e:
        return _iso(pub)
    if "tomorrow" in e:
        return _iso(pub + timedelta(days=1))
    for i, wd in enumerate(_WEEKDAYS):
        if wd in e:
            back = (pub.weekday() - i) % 7
            if "next" in e or (future and "last" not in e):  # "will meet on Thursday": the coming Thursday
                return _iso(pub + timedelta(days=(i - pub.weekday()) % 7 or 7))
            if "last" in e and back == 0:
                back = 7
            return _iso(pub - timedelta(days=back))
    if "weekend" in e:
        # "at the weekend": the Saturday of the weekend just past (of the coming one in a future act)
        if future or "next" in e or "coming" in e:
            return _iso(pub + timedelta(days=(5 - pub.weekday()) % 7 or 7))
        return _iso(pub - timedelta(days=(pub.weekday() - 5) % 7))
    m = _AGO.search(e)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _COUNTS[m.group(1)]
        days = _UNIT_DAYS[m.group(2)] * n
        if m.group(3) == "ago":
            return _iso(pub - timedelta(days=days))
        base = pub
        if anchor:
            try:
                base = date.fromisoformat(anchor[:10])
            except ValueError:
                pass
        elif m.group(3) == "later":
            # "a week later" with no date in the sentence counts from an act told earlier, not from the day of
            # publication (which would put a past act in the future): left to the sentence's default
            return None
        return _iso(base + timedelta(days=days if m.group(3) == "later" else -days))
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
    h = _HOLIDAY.search(e)
    if h:  # "on Christmas Day"
        month, day = _HOLIDAYS[h.group(1)]
    elif m and m.group(1) in _MONTHS:
        month, day, year = _MONTHS[m.group(1)], int(m.group(2)), m.group(3)
    elif m2 and m2.group(2) in _MONTHS:
        month, day, year = _MONTHS[m2.group(2)], int(m2.group(1)), m2.group(3)
    if month and day:
        y = int(year) if year else pub.year
        try:
            d = date(y, month, day)
        except ValueError:
            return None
        if not year and future and d < pub:
            # "will convene a summit on Feb. 20" written in December: next year's
            d = _next_year(d)
        elif not year and not future and d > pub + timedelta(days=2):
            d = _last_year(d)
        return _iso(d)
    return None


# auxiliaries of the future ("will meet", "won't attend", "shall decide") and the words that put an infinitive in the
# future ("is due to visit", "plans to hold", "is set to meet", "is expected to sign")
_WILL = frozenset({"will", "shall", "'ll", "wo"})
_INTEND = frozenset({"due", "plan", "set", "expect", "schedule", "intend", "prepare", "poise"})
# the verbs that report: a date on them dates the report, not what it reports ("said on Friday it had tracked ...")
_REPORTING = frozenset({"say", "tell", "report", "add", "state", "note", "write"})
# a span of time counted before an act: "a day after protesters stormed parliament", "hours after the vote"
_SPANS = {"minute": 0, "hour": 0, "day": 1, "week": 7, "month": 30}


def _clause_verb(tok: Token) -> Token:
    """The verb a date phrase dates: up over its preposition, nouns and adverbs ("late on Monday", "a state of
    emergency on Monday" -> "declared"), at most to the sentence's root."""
    t, n = tok, 0
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i and n < 8:
        t, n = t.head, n + 1
    return t


def _future(verb: Token) -> bool:
    """Does the verb speak of a future act: "will meet", "is due to visit", "plans to hold", or a verb joined to one
    ("will travel to Cairo and meet the president on Monday")?"""
    v = verb
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _WILL for c in v.children):
            return True
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in _INTEND:
            return True
        if v.dep_ in ("xcomp", "conj") and v.head.i != v.i:
            v = v.head
            continue
        return False
    return False


def _span_before(tok: Token) -> int | None:
    """The days an act lies before the date of the clause it hangs on: "a day after protesters stormed parliament"
    (1), "hours after the vote" (0), "two days after the attack" (2), "a week before the election" (-7); None
    where it is no such clause."""
    link: str | None
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "before"):
        link, holder = tok.head.lower_, tok.head
    else:
        link = next((c.lower_ for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
        holder = tok
        if link is None:
            return None
    for c in holder.children:
        if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS:
            n = 1
            for d in c.children:
                if d.dep_ == "nummod":
                    n = int(d.text) if d.text.isdigit() else _COUNTS.get(d.lower_, 1)
            days = _SPANS[c.lemma_.lower()] * n
            return days if link == "after" else -days
    return None


def event_date(sent: Span, published: str | None, tok: Token | None = None) -> str | None:
    """The date of an event of the sentence as an ISO day (a month's or a year's first day where the text gives
    only that: see ``event_when``)."""
    return event_when(sent, published, tok)[0]


def _full(d: str | None) -> tuple[str | None, str | None]:
    """A date as read here (a day, or a period kept as "2021" or "2022-02") -> its first day and precision."""
    if d is None:
        return None, None
    if len(d) == 4:
        return d + "-01-01", "year"
    if len(d) == 7:
        return d + "-01", "month"
    return d, "day"


def event_when(sent: Span, published: str | None, tok: Token | None = None) -> tuple[str | None, str | None]:
    """The date of an event of the sentence and its precision (day | month | year), read once a sentence (every
    event of the sentence asks, and ``sent.ents`` builds all the document's entities). With the event's word
    ``tok``: the date of the nearest clause above it that has one ("Hezbollah fired rockets on Saturday, a day
    after an Israeli strike killed its leader": the strike is Friday's; "the rebels, who seized the town in
    March 2023, ...": March 2023, at month precision); else the sentence's, always a day."""
    return _full(_event_when(sent, published, tok))


def _event_when(sent: Span, published: str | None, tok: Token | None = None) -> str | None:
    cache = sent.doc.user_data.get(_SENTENCE_DATES)  # ``doc._.sentence_dates`` (each read of ``doc._`` makes a new object)
    if cache is None:
        cache = sent.doc.user_data[_SENTENCE_DATES] = {}
    key = (sent.start, sent.end, published)
    if key not in cache:
        cache[key] = _sentence_dates(sent, published)
    default, dated = cache[key]
    if tok is None or not dated:
        return default
    shift, t, came_by = 0, tok, ""
    for _ in range(16):
        if t.i in dated:  # a date of its own comes before any span ("a day after they stormed it on Tuesday")
            d, reporting = dated[t.i]
            if not (reporting and t.i != tok.i and came_by == "ccomp"):
                return _shifted(d, shift)
            break  # what a report dated on its own day reports: the sentence's date
        span = _span_before(t)
        if span is not None:
            shift += span
        if t.head.i == t.i:
            break
        came_by, t = t.dep_, t.head
    return _shifted(default, shift)


def _shifted(d: str | None, days: int) -> str | None:
    if not d or not days or len(d) != 10:
        return d  # a month or a year is not moved by "a day after"
    return (date.fromisoformat(d) - timedelta(days=days)).isoformat()


def _period_verb(root: Token) -> Token | None:
    """The verb a month or a year phrase hangs on directly ("seized power in 2021", "during March", "held talks
    last month"), else None: a year inside a noun phrase ("since the 2021 coup", "the 2022 election") dates that
    noun, not the clause above it."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("in", "during") and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if root.dep_ == "npadvmod" and head.pos_ in ("VERB", "AUX"):
        return head
    return None


def _sentence_dates(sent: Span, published: str | None) -> tuple[str | None, dict[int, tuple[str, bool]]]:
    """The sentence's date (its first resolvable date expression that dates no report, else its first) and the
    date of each verb a date expression dates, with whether that verb reports."""
    start, end = sent.start, sent.end
    found: list[tuple[Span, Token]] = []
    for ent in doc_ents(sent.doc):  # ``sentence_ents(sent)``, with no new Span made for each entity
        if ent.start < start:
            continue
        if ent.end > end:
            break
        if ent.label_ in ("DATE", "TIME"):
            found.append((ent, _clause_verb(ent.root)))
    dated: dict[int, tuple[str, bool]] = {}
    first: str | None = None
    plain: str | None = None
    plain_verb = -1
    relative = []
    for ent, verb in found:
        if _AGO.search(ent.text.lower()) and not ent.text.lower().rstrip().endswith("ago"):
            relative.append((ent, verb))  # "two days earlier": counted from the other date, read below
            continue
        period_verb = _period_verb(ent.root)
        if period_verb is not None:
            p = resolve_period(ent.text, published, _future(period_verb))
            if p:
                # "seized the town in March 2023", "held elections last year": a month or a year dates only the
                # verb its phrase hangs on (kept as "2023-03" or "2024"), never the sentence, and gives way to a
                # day the same verb has ("sentenced on Friday ... in May 2023")
                if period_verb.i not in dated:
                    dated[period_verb.i] = (p[0][:7] if p[1] == "month" else p[0][:4], period_verb.lemma_.lower() in _REPORTING)
                continue
        d = resolve_date(ent.text, published, _future(verb))
        if d:
            if verb.i in dated and len(dated[verb.i][0]) != 10:
                del dated[verb.i]  # a day outranks a month or a year on the same verb
            reporting = verb.lemma_.lower() in _REPORTING
            dated.setdefault(verb.i, (d, reporting))
            first = first or d
            if not reporting and plain is None:
                plain, plain_verb = d, verb.i
    for ent, verb in relative:
        d = resolve_date(ent.text, published, _future(verb), anchor=first)
        if d:
            # "two days earlier" is the nearer date of its verb, whatever other date the parse hangs there too
            dated[verb.i] = (d, verb.lemma_.lower() in _REPORTING)
            if verb.lemma_.lower() not in _REPORTING and (plain is None or plain_verb == verb.i):
                plain, plain_verb = d, verb.i
    for ent, _verb in found:
        # a "when" clause of a date dates its verb with that date ("since March, when gunmen attacked the police";
        # "since last year, when the rebels seized the town"), unless the clause has a date of its own
        when = _when_clause(ent)
        if when is not None and when.i not in dated:
            p = resolve_period(ent.text, published, _future(when))
            d = (p[0][:7] if p[1] == "month" else p[0][:4]) if p else resolve_date(ent.text, published, _future(when))
            if d:
                dated[when.i] = (d, when.lemma_.lower() in _REPORTING)
    default = plain or first or (published[:10] if published else None)
    return default, dated


def _when_clause(ent: Span) -> Token | None:
    """The verb of a "when" clause that follows a date and restates it ("since March 2023, when gunmen attacked
    the police": "attacked"), else None."""
    doc = ent.doc
    i = ent.end + (ent.end < len(doc) and doc[ent.end].text == ",")
    if i >= len(doc) or doc[i].lower_ != "when" or doc[i].dep_ != "advmod":
        return None
    v = doc[i].head
    if v.i <= i or v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("relcl", "advcl"):
        return None
    return v
