"""After `newswatch run --once` has ended, the inspection commands read its stopped data
(status, stories, feeds, parked deliveries), as `alerts history` and `backtest` do."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import session_config
from tests.integration.test_run_command import run_once
from tests.support.processes import cli_output

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def finished_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped config and example drops, processed by one `run --once` that has ended."""
    project = tmp_path_factory.mktemp("inspect")
    shutil.copytree(session_config(), project / "config")
    (project / "config" / "feeds.yaml").write_text("version: 1\nfeeds: []\n", encoding="utf-8")
    run_once(project)
    return project


def _json_output(project: Path, *command: str) -> Any:
    return json.loads(cli_output(project, *command, "--json"))


def _two_articles_processed(status: dict[str, Any]) -> bool:
    return int(status["stats"]["processed"]) == 2


def _the_example_story(stories: list[dict[str, Any]]) -> bool:
    return {rule for story in stories for rule in story["rules"]} == {"lavrov-terrorism"}


def _no_feeds(feeds: list[Any]) -> bool:
    return feeds == []


def _nothing_parked(parked: list[Any]) -> bool:
    return parked == []


@pytest.mark.parametrize(
    ("command", "holds"),
    [
        (("status",), _two_articles_processed),
        (("stories", "--since", "1d"), _the_example_story),
        (("feeds",), _no_feeds),
        (("alerts", "failed"), _nothing_parked),
    ],
)
def test_command_reads_the_stopped_run(
    finished_project: Path, command: tuple[str, ...], holds: Callable[[Any], bool]
) -> None:
    assert holds(_json_output(finished_project, *command))
