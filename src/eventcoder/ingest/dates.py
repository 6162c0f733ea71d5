"""Normalising the published dates found in headers and records."""

from __future__ import annotations

import re
from datetime import date, datetime

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: str | None) -> str | None:
    """``"2024-02-03T10:00Z"``, ``"3 February 2024"``, ``"Feb 3, 2024"`` -> ``"2024-02-03"``; junk -> None."""
    if not value:
        return None
    value = str(value).strip()
    m = _ISO.match(value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    for fmt in ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y/%m/%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            pass
    try:
        import dateparser

        parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": False})
    except Exception:  # dateparser raises a variety of errors on junk
        parsed = None
    return parsed.date().isoformat() if parsed else None
