"""Backoff after failures, Retry-After, and the return to the normal interval on success."""

from __future__ import annotations

import pytest

from services.poller.feed_state import (
    MAX_BACKOFF_SECONDS,
    backoff_seconds,
    failure_fields,
    one_line,
    success_fields,
)
from services.poller.feeds_config import FeedConfig
from services.poller.schedule import JITTER_FRACTION, jittered

FEED = FeedConfig(name="wire", url="https://example.org/feed", interval=600)
NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("failures", "retry_after", "delay"),
    [
        (1, None, 600),
        (2, None, 1200),
        (3, None, 2400),
        (6, None, 19200),
        (7, None, MAX_BACKOFF_SECONDS),
        (10_000, None, MAX_BACKOFF_SECONDS),
        (1, 3600, 3600),  # Retry-After longer than the backoff wins
        (3, 60, 2400),  # shorter one does not make us poll sooner
        (1, 10 * 365 * 86400, MAX_BACKOFF_SECONDS),  # absurd Retry-After is capped
        (1, 0, 600),
    ],
)
def test_backoff_doubles_from_the_interval_up_to_the_cap(
    failures: int, retry_after: float | None, delay: float
) -> None:
    assert backoff_seconds(600, failures, retry_after) == delay


def test_jitter_only_adds_a_little() -> None:
    values = [jittered(1000) for _ in range(200)]
    assert all(1000 <= v <= 1000 * (1 + JITTER_FRACTION) for v in values)
    assert len(set(values)) > 1


def test_failure_counts_up_and_remembers_when_the_outage_began() -> None:
    first = failure_fields(FEED, {}, "boom", None, NOW)
    assert (first["failures"], first["failing_since"]) == ("1", f"{NOW:.0f}")
    second = failure_fields(FEED, {**first}, "boom again", None, NOW + 700)
    assert (second["failures"], second["failing_since"]) == ("2", f"{NOW:.0f}")
    assert 1200 <= float(second["next_due"]) - (NOW + 700) <= 1200 * (1 + JITTER_FRACTION) + 1


def test_failure_honours_retry_after() -> None:
    fields = failure_fields(FEED, {}, "HTTP 503", 5000, NOW)
    assert float(fields["next_due"]) >= NOW + 5000


def test_success_returns_to_the_interval_at_once_whatever_the_failures() -> None:
    fields = success_fields(FEED, '"e1"', "Mon, 01 Jan 2024 00:00:00 GMT", NOW)
    assert fields["failures"] == "0"
    assert NOW + 600 <= float(fields["next_due"]) <= NOW + 600 * (1 + JITTER_FRACTION) + 1
    assert (fields["etag"], fields["last_success"]) == ('"e1"', f"{NOW:.0f}")


@pytest.mark.parametrize(
    ("message", "line"),
    [
        ("a\nb\r\nc", "a b c"),
        ("  spaced   out  ", "spaced out"),
        ("x" * 400, "x" * 300),
    ],
)
def test_errors_are_kept_as_one_short_line(message: str, line: str) -> None:
    assert one_line(message) == line
