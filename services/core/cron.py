"""A small 5-field cron schedule (minute hour day-of-month month day-of-week), for digests.

Supports `*`, lists (`1,15`), ranges (`9-17`), steps (`*/15`, `9-17/2`, `5/10`) and
three-letter month and day names (`jan`, `mon-fri`). Day 0 and 7 are Sunday. As in Vixie cron,
when both day fields are restricted a day matching either one is due. No dependency: the
grammar is twenty lines, and a rule file error must name the field that is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
# (name, lowest, highest, names for lowest..)
FIELDS = (
    ("minute", 0, 59, ()),
    ("hour", 0, 23, ()),
    ("day of month", 1, 31, ()),
    ("month", 1, 12, MONTHS),
    ("day of week", 0, 7, DAYS),
)
SEARCH_DAYS = 366 * 8  # covers 29 February schedules


class CronError(ValueError):
    """The expression is not a valid 5-field cron schedule."""


@dataclass(frozen=True)
class Cron:
    minutes: tuple[int, ...]
    hours: tuple[int, ...]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday
    any_day: bool
    any_weekday: bool

    def day_matches(self, day: date) -> bool:
        if day.month not in self.months:
            return False
        by_dom = day.day in self.days
        by_dow = (day.isoweekday() % 7) in self.weekdays
        if self.any_day or self.any_weekday:
            return by_dom and by_dow
        return by_dom or by_dow

    def next_after(self, after: datetime) -> datetime:
        """The first due minute strictly after `after`, in `after`'s time zone."""
        tz = after.tzinfo
        wall = after.replace(tzinfo=None, second=0, microsecond=0) + timedelta(minutes=1)
        day = wall.date()
        for _ in range(SEARCH_DAYS):
            if self.day_matches(day):
                for hour in self.hours:
                    for minute in self.minutes:
                        candidate = datetime.combine(day, time(hour, minute))
                        if candidate >= wall:
                            return candidate.replace(tzinfo=tz)
            day += timedelta(days=1)
        raise CronError("this schedule never comes due")


def parse_cron(expression: str) -> Cron:
    """Parse a 5-field expression; raises CronError naming the field at fault."""
    parts = expression.split()
    if len(parts) != 5:
        raise CronError(
            f"a cron schedule has 5 fields (minute hour day month weekday), not {len(parts)}"
        )
    values = [_field(part, *spec) for part, spec in zip(parts, FIELDS, strict=True)]
    weekdays = frozenset(d % 7 for d in values[4])
    cron = Cron(
        minutes=tuple(sorted(values[0])),
        hours=tuple(sorted(values[1])),
        days=frozenset(values[2]),
        months=frozenset(values[3]),
        weekdays=weekdays,
        any_day=parts[2] == "*",
        any_weekday=parts[4] == "*",
    )
    cron.next_after(datetime(2000, 1, 1))  # refuse schedules that can never fire (31 Feb)
    return cron


def _field(text: str, name: str, low: int, high: int, names: tuple[str, ...]) -> set[int]:
    result: set[int] = set()
    for item in text.split(","):
        result |= _item(item, name, low, high, names)
    return result


def _item(item: str, name: str, low: int, high: int, names: tuple[str, ...]) -> set[int]:
    base, _, step_text = item.partition("/")
    step = _number(step_text, name, names=(), offset=0) if step_text else 1
    if step < 1:
        raise CronError(f"{name}: step must be at least 1 in {item!r}")
    if base == "*":
        first, last = low, high
    elif "-" in base:
        start, _, end = base.partition("-")
        first, last = _number(start, name, names, low), _number(end, name, names, low)
    else:
        first = _number(base, name, names, low)
        last = high if step_text else first
    if not (low <= first <= high and low <= last <= high) or first > last:
        raise CronError(f"{name}: {item!r} is outside {low}-{high}")
    return set(range(first, last + 1, step))


def _number(text: str, name: str, names: tuple[str, ...], offset: int) -> int:
    lowered = text.lower()
    if lowered in names:
        return names.index(lowered) + offset
    if not text.isdigit():
        raise CronError(f"{name}: {text!r} is not a number" + (" or name" if names else ""))
    return int(text)
