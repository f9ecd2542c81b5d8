"""The shape of config/feeds.yaml: durations, interval floor, URL schemes, unique names."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from services.poller.feeds_config import (
    MIN_INTERVAL_SECONDS,
    FeedConfig,
    FeedsFile,
    parse_duration,
)


def feed(**overrides: Any) -> dict[str, Any]:
    return {"name": "world", "url": "https://example.org/feed.xml", **overrides}


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (90, 90.0),
        (90.5, 90.5),
        ("90", 90.0),
        ("90s", 90.0),
        ("15m", 900.0),
        ("2h", 7200.0),
        ("1d", 86400.0),
        ("1.5h", 5400.0),
        (" 15 m ", 900.0),
    ],
)
def test_duration_parses_to_seconds(value: object, seconds: float) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize(
    "value",
    ["", "fast", "15 minutes", "15M", "1w", "-5m", "m", "1h30m", True, None, [60]],
)
def test_bad_duration_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="duration like"):
        parse_duration(value)


def test_interval_defaults_to_fifteen_minutes() -> None:
    assert FeedConfig.model_validate(feed()).interval == 900.0


@pytest.mark.parametrize(("value", "seconds"), [("15m", 900.0), (60, 60.0), ("1m", 60.0)])
def test_interval_accepts_durations(value: object, seconds: float) -> None:
    assert FeedConfig.model_validate(feed(interval=value)).interval == seconds


@pytest.mark.parametrize("value", [59, "59s", "30s", 0, "0m", -60])
def test_interval_below_minimum_is_refused(value: object) -> None:
    with pytest.raises(ValidationError, match=f"every {MIN_INTERVAL_SECONDS:.0f}s"):
        FeedConfig.model_validate(feed(interval=value))


def test_nan_interval_is_refused() -> None:
    with pytest.raises(ValidationError):
        FeedConfig.model_validate(feed(interval=float("nan")))


@pytest.mark.parametrize(
    "url",
    ["http://example.org/rss", "https://example.org/rss"],
)
def test_http_and_https_urls_are_accepted(url: str) -> None:
    assert FeedConfig.model_validate(feed(url=url)).url == url


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/rss",
        "file:///etc/passwd",
        "gopher://example.org/",
        "example.org/rss",
        "//example.org/rss",
        "javascript:alert(1)",
        " https://example.org/rss",
    ],
)
def test_non_http_url_is_refused(url: str) -> None:
    with pytest.raises(ValidationError, match="url"):
        FeedConfig.model_validate(feed(url=url))


@pytest.mark.parametrize("name", ["", "has space", "a/b", "x" * 101])
def test_bad_feed_name_is_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="name"):
        FeedConfig.model_validate(feed(name=name))


def test_duplicate_feed_names_are_refused() -> None:
    data = {"feeds": [feed(), feed(url="https://other.example/rss"), feed(name="b")]}
    with pytest.raises(ValidationError, match="duplicate feed name\\(s\\): world"):
        FeedsFile.model_validate(data)


def test_distinct_feed_names_are_accepted() -> None:
    data = {"feeds": [feed(name="a"), feed(name="b")]}
    assert [f.name for f in FeedsFile.model_validate(data).feeds] == ["a", "b"]


def test_unknown_feed_key_is_refused() -> None:
    with pytest.raises(ValidationError, match="intervall"):
        FeedConfig.model_validate(feed(intervall="15m"))


def test_unknown_top_level_key_is_refused() -> None:
    with pytest.raises(ValidationError, match="feed"):
        FeedsFile.model_validate({"version": 1, "feed": []})


def test_only_version_one_is_accepted() -> None:
    with pytest.raises(ValidationError, match="version"):
        FeedsFile.model_validate({"version": 2})


def test_empty_feeds_file_is_valid() -> None:
    assert FeedsFile.model_validate({}).feeds == []


def test_validation_error_does_not_echo_input() -> None:
    with pytest.raises(ValidationError) as info:
        FeedConfig.model_validate(feed(url="ftp://user:hunter2-secret@example.org/"))
    assert "hunter2-secret" not in str(info.value)
