"""The 5-field cron schedule used by `digest_cron`: grammar and next due time."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from services.core.cron import CronError, parse_cron
from services.core.models import DeliveryPolicy

UTC = ZoneInfo("UTC")


@pytest.mark.parametrize(
    ("expression", "after", "due"),
    [
        ("* * * * *", "2026-11-03 10:15:30", "2026-11-03 10:16"),
        ("0 8 * * *", "2026-11-03 10:15", "2026-11-04 08:00"),
        ("0 8 * * *", "2026-11-03 07:59", "2026-11-03 08:00"),
        ("*/15 * * * *", "2026-11-03 10:15", "2026-11-03 10:30"),
        ("0 9-17/4 * * *", "2026-11-03 10:00", "2026-11-03 13:00"),
        ("30 8 * * mon-fri", "2026-11-06 09:00", "2026-11-09 08:30"),  # Friday -> Monday
        ("0 0 1 jan *", "2026-11-03 00:00", "2027-01-01 00:00"),
        ("0 12 1,15 * *", "2026-11-02 00:00", "2026-11-15 12:00"),
        ("0 0 * * 7", "2026-11-03 00:00", "2026-11-08 00:00"),  # 7 is Sunday too
        ("0 0 13 * 5", "2026-11-03 00:00", "2026-11-06 00:00"),  # 13th OR Friday (Vixie)
        ("0 0 29 2 *", "2026-03-01 00:00", "2028-02-29 00:00"),
        ("5/20 * * * *", "2026-11-03 10:26", "2026-11-03 10:45"),
    ],
)
def test_next_due_time(expression, after, due):
    start = datetime.fromisoformat(after).replace(tzinfo=UTC)
    assert parse_cron(expression).next_after(start) == datetime.fromisoformat(due).replace(
        tzinfo=UTC
    )


def test_next_due_time_is_read_in_the_given_zone():
    paris = ZoneInfo("Europe/Paris")
    due = parse_cron("0 8 * * *").next_after(datetime(2026, 11, 3, 9, 0, tzinfo=paris))
    assert (due.hour, due.day, due.utcoffset().total_seconds()) == (8, 4, 3600)


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("* * * *", "5 fields"),
        ("60 * * * *", "minute"),
        ("* 24 * * *", "hour"),
        ("* * 0 * *", "day of month"),
        ("* * * 13 *", "month"),
        ("* * * * 8", "day of week"),
        ("*/0 * * * *", "step"),
        ("a * * * *", "not a number"),
        ("5-1 * * * *", "outside"),
        ("0 0 31 2 *", "never"),
    ],
)
def test_invalid_schedules_name_the_problem(expression, message):
    with pytest.raises(CronError, match=message):
        parse_cron(expression)


def test_rule_policy_refuses_an_invalid_cron_at_load():
    with pytest.raises(ValueError, match="digest_cron: hour"):
        DeliveryPolicy(mode="digest", digest_cron="0 25 * * *")
