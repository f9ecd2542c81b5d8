"""`newswatch backtest` and `rules test --archive` on an archive built by `newswatch run --once`.

The real process tree processes the drops; the commands then read the stopped embedded
server's data, as a user runs them after `make run ARGS=--once`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import session_config
from tests.support.processes import clean_environment

pytestmark = pytest.mark.slow

TASS_TITLE = "Lavrov calls for stopping terrorists’ migration elsewhere after defeat in Syria, Iraq"
SANA_TITLE = "Attempts to Isolate Anyone Inadmissible during Anti-Terrorism Struggle: Lavrov"
FOOTBALL_DROP = "\n".join(
    [
        "Lavrov watches the cup final in Moscow",
        "",
        "Russian Foreign Minister Sergey Lavrov attended the football cup final in Moscow on "
        "Sunday, officials said.",
        "",
        "The minister, a lifelong fan, spoke to players after the match and praised the "
        "organisers of the tournament.",
    ]
)
EDITED_RULES = """version: 1
rules:
  - name: lavrov-terrorism
    query: Lavrov AND (Cairo OR football)
"""


def newswatch(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = clean_environment(NEWSWATCH_DROP_SETTLE_SECONDS="0.2")
    return subprocess.run(
        [sys.executable, "-m", "services", *args],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def run_once(project: Path) -> None:
    done = newswatch(project, "run", "--once", "--timeout", "120")
    assert done.returncode == 0, done.stdout + done.stderr


def json_lines(project: Path, *args: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    done = newswatch(project, *args, "--json")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert records[-1]["summary"] is True
    return records[:-1], records[-1]


def new_project(root: Path) -> Path:
    shutil.copytree(session_config(), root / "config")
    return root


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh project after one `run --once`: the two example drops processed."""
    project = new_project(tmp_path_factory.mktemp("fresh"))
    run_once(project)
    return project


def test_a_query_lists_both_example_articles(fresh):
    matches, summary = json_lines(fresh, "backtest", "--query", "Lavrov AND terror*")
    assert sorted(m["title"] for m in matches) == sorted([TASS_TITLE, SANA_TITLE])
    for match in matches:
        assert {"article_id", "title", "source", "url", "rule", "snippet", "story_id"} <= set(match)
        assert "«" in match["snippet"]
    assert summary["rules"][0]["articles"] == 2


def test_a_query_that_matches_nothing_lists_nothing(fresh):
    matches, summary = json_lines(fresh, "backtest", "--query", "Lavrov AND football")
    assert matches == []
    assert summary["rules"][0]["articles"] == 0


def test_the_live_rules_report_their_alerts(fresh):
    _, summary = json_lines(fresh, "backtest", "--since", "1d")
    (rule,) = summary["rules"]
    assert (rule["rule"], rule["articles"], rule["stories"], rule["alerts"]) == (
        "lavrov-terrorism",
        2,
        2,
        2,
    )


def test_a_query_syntax_error_is_reported(fresh):
    done = newswatch(fresh, "backtest", "--query", "Lavrov AND (terror")
    assert done.returncode == 1
    assert "query:1:" in done.stderr


def test_rules_test_explains_why_an_archived_article_did_not_match(fresh):
    matches, _ = json_lines(fresh, "backtest", "--query", "Lavrov")
    article_id = next(m["article_id"] for m in matches if m["title"] == TASS_TITLE)
    done = newswatch(fresh, "rules", "test", "Lavrov AND football", "--archive", article_id)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        f"archive:{article_id}: no match",
        "  football: not found",
    ]


def test_rules_test_says_when_an_article_is_not_archived(fresh):
    done = newswatch(fresh, "rules", "test", "Lavrov", "--archive", "unknown")
    assert done.returncode == 1
    assert "archive:unknown: not in the archive" in done.stderr


def test_a_rule_edit_lists_what_it_adds_and_removes(tmp_path):
    project = new_project(tmp_path)
    run_once(project)  # the two examples
    (project / "drops" / "inbox" / "football.txt").write_text(FOOTBALL_DROP, encoding="utf-8")
    run_once(project)  # and an article the live rule does not match
    everything, _ = json_lines(project, "backtest", "--query", "Lavrov")
    ids = {m["title"]: m["article_id"] for m in everything}
    assert len(ids) == 3
    (project / "edited.yaml").write_text(EDITED_RULES, encoding="utf-8")
    matches, summary = json_lines(project, "backtest", "--rules", "edited.yaml")
    (rule,) = summary["rules"]
    (football,) = set(ids.values()) - {ids[TASS_TITLE], ids[SANA_TITLE]}
    assert rule["added"] == [football]
    assert rule["removed"] == [ids[TASS_TITLE]]
    assert sorted(m["article_id"] for m in matches) == sorted([football, ids[SANA_TITLE]])
    text = newswatch(project, "backtest", "--rules", "edited.yaml").stdout
    assert "edit vs live rule: 1 added, 1 removed" in text
