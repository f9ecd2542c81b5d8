"""`make test` never reaches the user's own channels: proved on a copy of the checkout whose
config/apprise.yaml, `.env` and environment point at live loopback receivers."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import apprise
import pytest

from tests.conftest import REPO
from tests.support.http import Recorded, local_server
from tests.support.isolation import is_isolation_variable, is_private
from tests.support.receivers import smtp_receiver

pytestmark = [pytest.mark.slow, pytest.mark.isolation]

# Every module that starts the service, the notifier or the CLI (the first `run` test only:
# the others repeat it and take a minute), plus delivery tests that write channel files.
SUITE = [
    "tests/integration/test_run_command.py::test_first_run_once_alerts_once_per_example_drop",
    "tests/integration/test_notifier_cli.py",
    "tests/integration/test_feed_cli.py",
    "tests/integration/test_stories_cli.py",
    "tests/integration/test_delivery_webhook.py",
    "tests/integration/test_template_delivery.py",
    "tests/unit/rules/test_cli_rules.py",
    "tests/unit/test_cli_clean.py",
    "tests/unit/test_config_examples.py",
    "tests/unit/test_readme_commands.py",
]
TOP_LEFT_OUT = {".git", ".venv", "var", "drops", "build"}  # state and tools, at the top only


def copy_checkout(target: Path) -> Path:
    """The checkout's code and shipped config, without state, caches or private config."""

    def ignored(folder: str, names: list[str]) -> set[str]:
        top = Path(folder) == REPO
        return {
            n
            for n in names
            if (top and n in TOP_LEFT_OUT)
            or n == "__pycache__"
            or n.endswith((".egg-info", "_cache"))
            or n == ".env"
            or is_private(Path(folder) / n)
        }

    shutil.copytree(REPO, target, ignore=ignored)
    return target


def plant_user_config(project: Path, urls: list[str]) -> dict[str, str]:
    """A user's live channels in config/apprise.yaml, a `.env` and exported variables."""
    config = project / "config"
    lines = ["version: 1", "urls:", *(f"  - {url!r}" for url in urls)]
    (config / "apprise.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    user = {
        "NEWSWATCH_CONFIG_DIR": str(config),
        "NEWSWATCH_STATE_DIR": str(project / "var"),
        "NEWSWATCH_DROP_DIR": str(project / "drops"),
    }
    (project / ".env").write_text("".join(f"{k}={v}\n" for k, v in user.items()), encoding="utf-8")
    return user


def accept(_: Recorded) -> tuple[int, dict[str, str], bytes]:
    return 200, {}, b"{}"


def test_the_suite_sends_nothing_to_the_users_channels(tmp_path: Path) -> None:
    project = copy_checkout(tmp_path / "checkout")
    with local_server() as hook, smtp_receiver() as mail:
        hook.routes["/hook"] = accept
        urls = [f"json://127.0.0.1:{hook.port}/hook", mail.url()]
        user = plant_user_config(project, urls)
        live = apprise.Apprise()
        live.add(apprise.AppriseConfig(paths=[str(project / "config" / "apprise.yaml")]))
        assert live.notify("receivers are live", title="check")  # the planted channels work
        assert len(hook.requests) == 1 and len(mail.messages) == 1
        hook.requests.clear()
        mail.messages.clear()

        environment = {k: v for k, v in os.environ.items() if not is_isolation_variable(k)}
        environment.update(user, PYTHONPATH=str(project))
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUITE],
            cwd=project,
            env=environment,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
        assert " passed" in done.stdout and " failed" not in done.stdout
        assert hook.requests == [] and mail.messages == []
    assert not (project / "var").exists() and not (project / "drops").exists()
