"""Inspection commands read the embedded server's data after `newswatch run` has stopped."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.core.errors import ConfigError
from services.core.settings import Settings
from services.supervisor.inspection import embedded_data_dir, inspection_client


def _settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, state_dir=tmp_path / "var", redis_url=None)  # type: ignore[call-arg]


def test_stopped_embedded_data_is_opened_for_the_command(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    valkey = embedded_data_dir(settings)
    valkey.start()
    try:
        written = valkey.url
        import redis as redis_lib

        client = redis_lib.Redis.from_url(written)
        client.set("nw:test:kept", "yes")
        client.close()
    finally:
        valkey.stop()
    with inspection_client(settings) as client:
        assert client.get("nw:test:kept") == b"yes"
    assert not (settings.state_dir / "valkey" / "valkey.pid").exists()


def test_no_url_and_no_data_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError), inspection_client(_settings(tmp_path)):
        pass
