"""Environments for newswatch processes that tests start: none of the caller's settings leak in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from services.core.settings import Settings
from tests.conftest import REPO


def clean_environment(**env: str) -> dict[str, str]:
    """This process's environment without any NEWSWATCH_* or REDIS_* variable, plus `env`."""
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("NEWSWATCH_", "REDIS_"))
    }
    # No console unless a test asks for one (NEWSWATCH_WEB_ADDRESS): port 8080 stays free.
    environment.update({"PYTHONPATH": str(REPO), "NEWSWATCH_WEB_ADDRESS": "", **env})
    return environment


def settings_environment(settings: Settings, redis_url: str, **env: str) -> dict[str, str]:
    """A clean environment pointing a process at the test's Valkey and folders."""
    return clean_environment(
        NEWSWATCH_REDIS_URL=redis_url,
        NEWSWATCH_CONFIG_DIR=str(settings.config_dir),
        NEWSWATCH_DROP_DIR=str(settings.drop_dir),
        NEWSWATCH_STATE_DIR=str(settings.state_dir),
        **env,
    )


def cli_output(project: Path, *args: str, timeout: float = 120) -> str:
    """What `newswatch ARGS` prints in ``project`` (a real process); it must exit 0."""
    done = subprocess.run(
        [sys.executable, "-m", "services", *args],
        cwd=project,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout
