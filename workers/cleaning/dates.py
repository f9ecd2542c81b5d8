"""Publication time from a text drop's dateline ("October 23, 13:43 UTC+3", "2017-10-23")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_ISO = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)
# Every full date below has a four-digit year: lines without four digits in a row are skipped.
_YEAR = re.compile(r"\d\d\d\d")
_MONTH_FIRST = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", re.I
)
_DAY_FIRST = re.compile(
    r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})", re.I
)


def find_published(lines: Iterable[str]) -> datetime | None:
    """The first full date in ``lines``; aware only when the text gives a UTC offset."""
    for line in lines:
        if _YEAR.search(line) is None:
            continue
        found = _iso(line) or _named_month(line)
        if found is not None:
            return found
    return None


def _iso(line: str) -> datetime | None:
    m = _ISO.search(line)
    if m is None:
        return None
    year, month, day, hour, minute, second, offset = m.groups()
    try:
        stamp = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                         int(second or 0))  # fmt: skip
    except ValueError:
        return None
    return stamp.replace(tzinfo=_offset(offset)) if offset else stamp


def _offset(text: str) -> timezone:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _named_month(line: str) -> datetime | None:
    for pattern, order in ((_MONTH_FIRST, (1, 2)), (_DAY_FIRST, (2, 1))):
        m = pattern.search(line)
        if m is None:
            continue
        month = _MONTHS[m.group(order[0]).lower()[:3]]
        try:
            return datetime(int(m.group(3)), month, int(m.group(order[1])))
        except ValueError:
            continue
    return None
