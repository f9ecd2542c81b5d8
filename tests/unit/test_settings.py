"""Process settings from NEWSWATCH_* variables: names, aliases, parsing and secrecy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from services.core.settings import Settings

PASSWORD = "hunter2-s3cret"
URL_WITH_PASSWORD = f"redis://:{PASSWORD}@redis.internal:6379/0"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.upper().startswith("NEWSWATCH_") or name.upper() == "REDIS_URL":
            monkeypatch.delenv(name)


def load() -> Settings:
    return Settings(_env_file=None)  # type: ignore[call-arg]


def test_defaults_without_environment() -> None:
    settings = load()
    assert settings.redis_url is None
    assert settings.redis_url_value() is None
    assert (settings.workers, settings.log_level, settings.fetch_allowed_networks) == (
        2,
        "INFO",
        [],
    )


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        ("NEWSWATCH_WORKERS", "4", "workers", 4),
        ("NEWSWATCH_CONFIG_DIR", "/etc/newswatch", "config_dir", Path("/etc/newswatch")),
        ("NEWSWATCH_BATCH_SIZE", "10", "batch_size", 10),
        ("NEWSWATCH_EXAMPLE_DROPS", "false", "example_drops", False),
        ("NEWSWATCH_DROP_SETTLE_SECONDS", "0", "drop_settle_seconds", 0.0),
        ("newswatch_workers", "3", "workers", 3),
    ],
)
def test_newswatch_prefixed_variables_set_fields(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, field: str, expected: object
) -> None:
    monkeypatch.setenv(variable, value)
    assert getattr(load(), field) == expected


def test_unprefixed_variable_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKERS", "9")
    assert load().workers == 2


@pytest.mark.parametrize("variable", ["NEWSWATCH_REDIS_URL", "REDIS_URL"])
def test_redis_url_is_read_from_either_name(monkeypatch: pytest.MonkeyPatch, variable: str) -> None:
    monkeypatch.setenv(variable, URL_WITH_PASSWORD)
    assert load().redis_url_value() == URL_WITH_PASSWORD


def test_prefixed_redis_url_wins_over_alias(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "redis://alias:6379/0")
    monkeypatch.setenv("NEWSWATCH_REDIS_URL", "redis://prefixed:6379/0")
    assert load().redis_url_value() == "redis://prefixed:6379/0"


def test_redis_url_is_a_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_REDIS_URL", URL_WITH_PASSWORD)
    settings = load()
    assert isinstance(settings.redis_url, SecretStr)
    for shown in (repr(settings.redis_url), str(settings.redis_url), repr(settings), str(settings)):
        assert PASSWORD not in shown
    assert PASSWORD not in settings.model_dump_json()


@pytest.mark.parametrize(
    ("value", "networks"),
    [
        ("10.0.0.0/8", ["10.0.0.0/8"]),
        ("10.0.0.0/8,192.168.0.0/16", ["10.0.0.0/8", "192.168.0.0/16"]),
        (" 10.0.0.0/8 , fd00::/8 ,", ["10.0.0.0/8", "fd00::/8"]),
        ("", []),
    ],
)
def test_allowed_networks_from_comma_separated_list(
    monkeypatch: pytest.MonkeyPatch, value: str, networks: list[str]
) -> None:
    monkeypatch.setenv("NEWSWATCH_FETCH_ALLOWED_NETWORKS", value)
    assert load().fetch_allowed_networks == networks


@pytest.mark.parametrize(
    ("value", "networks"),
    [
        ('["10.0.0.0/8", "192.168.0.0/16"]', ["10.0.0.0/8", "192.168.0.0/16"]),
        ("[]", []),
    ],
)
def test_allowed_networks_from_json_list(
    monkeypatch: pytest.MonkeyPatch, value: str, networks: list[str]
) -> None:
    monkeypatch.setenv("NEWSWATCH_FETCH_ALLOWED_NETWORKS", value)
    assert load().fetch_allowed_networks == networks


@pytest.mark.parametrize(
    ("value", "level"),
    [("debug", "DEBUG"), ("Info", "INFO"), ("WARNING", "WARNING"), ("error", "ERROR")],
)
def test_log_level_is_case_insensitive(
    monkeypatch: pytest.MonkeyPatch, value: str, level: str
) -> None:
    monkeypatch.setenv("NEWSWATCH_LOG_LEVEL", value)
    assert load().log_level == level


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("NEWSWATCH_LOG_LEVEL", "verbose"),
        ("NEWSWATCH_LOG_LEVEL", "CRITICAL"),
        ("NEWSWATCH_WORKERS", "0"),
        ("NEWSWATCH_WORKERS", "65"),
        ("NEWSWATCH_WORKERS", "two"),
        ("NEWSWATCH_BATCH_SIZE", "0"),
        ("NEWSWATCH_BATCH_SIZE", "1001"),
        ("NEWSWATCH_DROP_SCAN_SECONDS", "0"),
        ("NEWSWATCH_DROP_SETTLE_SECONDS", "-1"),
        ("NEWSWATCH_MAX_DROP_BYTES", "100"),
        ("NEWSWATCH_SEEN_TTL_DAYS", "0"),
        ("NEWSWATCH_FETCH_TIMEOUT_SECONDS", "0"),
        ("NEWSWATCH_RULES_RELOAD_SECONDS", "-2"),
        ("NEWSWATCH_EXAMPLE_DROPS", "sometimes"),
    ],
)
def test_invalid_value_raises(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValidationError):
        load()


def test_invalid_value_error_does_not_echo_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_WORKERS", PASSWORD)
    with pytest.raises(ValidationError) as info:
        load()
    assert PASSWORD not in str(info.value)


def test_derived_paths_follow_their_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWATCH_DROP_DIR", "/data/drops")
    monkeypatch.setenv("NEWSWATCH_STATE_DIR", "/data/var")
    settings = load()
    assert settings.inbox_dir == Path("/data/drops/inbox")
    assert settings.alerts_log == Path("/data/var/alerts.jsonl")


def test_env_file_is_read_when_given(tmp_path: Path) -> None:
    env_file = tmp_path / "test.env"
    env_file.write_text("NEWSWATCH_WORKERS=5\nNEWSWATCH_LOG_LEVEL=debug\n", encoding="utf-8")
    settings = Settings(_env_file=env_file)  # type: ignore[call-arg]
    assert (settings.workers, settings.log_level) == (5, "DEBUG")
