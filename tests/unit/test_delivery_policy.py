"""Delivery policy time arithmetic: quiet hours, digest due times, the hourly window."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from services.core.models import DeliveryPolicy, QuietHours
from services.notifier.delivery import backoff
from services.notifier.policy import hour_end, next_digest, not_quiet, quiet_until


def at(text: str, zone: str = "UTC") -> float:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).timestamp()


@pytest.mark.parametrize(
    ("start", "end", "zone", "now", "until"),
    [
        ("22:00", "07:00", "UTC", "2026-11-03 23:30", "2026-11-04 07:00"),  # across midnight
        ("22:00", "07:00", "UTC", "2026-11-04 06:59", "2026-11-04 07:00"),
        ("22:00", "07:00", "UTC", "2026-11-04 07:00", None),
        ("22:00", "07:00", "UTC", "2026-11-03 12:00", None),
        ("12:00", "14:00", "UTC", "2026-11-03 13:00", "2026-11-03 14:00"),
        ("12:00", "14:00", "UTC", "2026-11-03 11:59", None),
        ("22:00", "07:00", "Europe/Paris", "2026-11-03 22:30", "2026-11-04 07:00"),
        ("09:00", "09:00", "UTC", "2026-11-03 09:00", None),  # empty window
    ],
)
def test_quiet_hours_end(start, end, zone, now, until):
    quiet = QuietHours(start=time.fromisoformat(start), end=time.fromisoformat(end), timezone=zone)
    expected = None if until is None else at(until, zone)
    assert quiet_until(quiet, at(now, zone)) == expected


@pytest.mark.parametrize(
    ("policy", "now", "due"),
    [
        ({"mode": "digest", "digest_every": "1h"}, "2026-11-03 10:15", "2026-11-03 11:00"),
        ({"mode": "digest", "digest_every": "15m"}, "2026-11-03 10:15", "2026-11-03 10:30"),
        ({"mode": "digest"}, "2026-11-03 10:15", "2026-11-03 11:00"),  # default: hourly
        ({"mode": "digest", "digest_cron": "0 8 * * *"}, "2026-11-03 10:15", "2026-11-04 08:00"),
        (
            {"mode": "digest", "digest_cron": "0 8 * * *", "timezone": "America/New_York"},
            "2026-11-03 10:15",
            "2026-11-03 13:00",  # 08:00 in New York
        ),
    ],
)
def test_next_digest(policy, now, due):
    assert next_digest(DeliveryPolicy(**policy), at(now)) == at(due)


def test_a_digest_due_in_quiet_hours_waits_for_their_end():
    policy = DeliveryPolicy(
        mode="digest", digest_every="1h", quiet_hours={"start": "22:00", "end": "07:00"}
    )
    due = next_digest(policy, at("2026-11-03 22:10"))
    assert not_quiet(policy, due) == at("2026-11-04 07:00")


def test_hour_window_ends_on_the_hour():
    assert hour_end(at("2026-11-03 10:15")) == at("2026-11-03 11:00")


@pytest.mark.parametrize(
    ("attempt", "retry_after", "delay"),
    [
        (1, None, 2),
        (2, None, 10),
        (3, None, 50),
        (4, None, 250),
        (5, None, 900),
        (9, None, 900),
        (1, 120.0, 120),
        (3, 10.0, 50),
        (1, 99999.0, 3600),
    ],
)
def test_backoff_is_exponential_capped_and_honours_retry_after(attempt, retry_after, delay):
    assert backoff(2.0, attempt, retry_after) == delay
