"""The test session runs on its own temporary project folder (tests/support/isolation.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from services.core.settings import Settings
from tests.conftest import REPO, session_config


def test_settings_default_to_the_session_folders_outside_the_checkout():
    settings = Settings()
    for folder in (settings.config_dir, settings.state_dir, settings.drop_dir):
        assert REPO not in folder.resolve().parents and folder.resolve() != REPO
    assert settings.config_dir == session_config()
    assert settings.redis_url is None


def test_the_session_config_has_rules_and_examples_but_no_feeds_or_channels():
    config = session_config()
    assert sorted(p.name for p in config.iterdir()) == ["examples", "feeds.yaml", "rules.yaml"]
    assert "feeds: []" in (config / "feeds.yaml").read_text(encoding="utf-8")


def test_the_working_directory_is_not_the_checkout():
    """So no `.env` of the checkout is read, by this process or the ones tests start."""
    assert Path.cwd().resolve() != REPO
    assert not (Path.cwd() / ".env").exists()


@pytest.mark.parametrize("name", ["REDIS_URL", "NEWSWATCH_REDIS_URL", "NEWSWATCH_WORKERS"])
def test_the_users_variables_are_not_seen(name):
    assert name not in os.environ
