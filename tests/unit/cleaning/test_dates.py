"""find_published: the four-digit guard skips only lines that hold no full date."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from workers.cleaning.dates import _iso, _named_month, find_published

_PIECES = [
    *"0123456789٣:-+ ,.TZ",
    "May", "SEPT.", "dec", "2017", "2017-10-23", "23 October 2017", "October 23, 2017",
    "13:43", "+03:00", "UTC", "news",
]  # fmt: skip


def _unguarded(lines: list[str]) -> datetime | None:
    for line in lines:
        found = _iso(line) or _named_month(line)
        if found is not None:
            return found
    return None


def test_datelines() -> None:
    assert find_published(["Home", "October 23, 2017 13:43"]) == datetime(2017, 10, 23)
    assert find_published(["2017-10-23T13:43:00Z"]) == datetime(2017, 10, 23, 13, 43, tzinfo=UTC)
    assert find_published(["23 Oct 2017"]) == datetime(2017, 10, 23)
    assert find_published(["May 2 at 6:34 pm", "no date"]) is None


def test_guard_changes_nothing_on_random_lines() -> None:
    rng = random.Random(2)
    for _ in range(3000):
        lines = ["".join(rng.choices(_PIECES, k=rng.randint(0, 8))) for _ in range(3)]
        assert find_published(lines) == _unguarded(lines), lines
