"""The alert history of a real `newswatch run --once`, read afterwards by `newswatch alerts
history --json` (which opens the stopped embedded server's data)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import session_config
from tests.integration.test_run_command import alert_lines, run_once
from tests.support.http import local_server
from tests.support.processes import cli_output

pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The shipped rules and example drops in a fresh folder, no feeds, no channels."""
    shutil.copytree(session_config(), tmp_path / "config")
    return tmp_path


def history(project: Path, *args: str) -> list[dict[str, Any]]:
    output = cli_output(project, "alerts", "history", "--json", *args)
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_history_after_run_once_shows_both_example_alerts_delivered(project):
    run_once(project)
    alerts = history(project)
    assert len(alerts) == 2
    assert {a["rule"] for a in alerts} == {"lavrov-terrorism"}
    assert {a["article_id"] for a in alerts} == {a["article_id"] for a in alert_lines(project)}
    for alert in alerts:
        assert alert["decision"] == "queued"
        assert [(t["target"], t["outcome"]) for t in alert["targets"]] == [("alert-log", "sent")]


def test_history_names_each_channel_and_the_alert_log_is_still_written(project):
    with local_server() as server:
        server.routes["/hook"] = lambda _r: (200, {}, b"{}")
        (project / "config" / "apprise.yaml").write_text(
            f"version: 1\nurls:\n  - json://u:SecretPw1@127.0.0.1:{server.port}/hook\n",
            encoding="utf-8",
        )
        run_once(project)
        assert len(server.requests) == 2
    assert len(alert_lines(project)) == 2  # the log channel beside the configured one
    alerts = history(project, "--rule", "lavrov-terrorism")
    assert len(alerts) == 2
    for alert in alerts:
        outcomes = sorted((t["target"], t["outcome"]) for t in alert["targets"])
        assert outcomes == [("alert-log", "sent"), (f"json 127.0.0.1:{server.port}", "sent")]
        assert "SecretPw1" not in json.dumps(alert)
