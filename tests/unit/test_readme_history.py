"""The README's "History and backtest" section: its commands parse, its settings are real."""

from __future__ import annotations

import re
import shlex

import pytest

from services.cli import build_parser
from services.core.settings import Settings
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## History and backtest") :].split("\n## ", 1)[0]
BLOCK = SECTION[SECTION.index("```sh\n") :].split("```", 2)[1]
COMMANDS = [line for line in BLOCK.splitlines() if line.startswith("newswatch ")]


def test_the_section_shows_the_workflow():
    assert len(COMMANDS) >= 3


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_parses(command):
    args = build_parser().parse_args(shlex.split(command)[1:])
    assert args.handler


@pytest.mark.parametrize(
    ("setting", "field", "value"),
    [
        ("NEWSWATCH_ARCHIVE_DAYS", "archive_days", 7),
        ("NEWSWATCH_ARCHIVE_MAX_BYTES", "archive_max_bytes", 512 * 1024 * 1024),
    ],
)
def test_the_settings_it_names_have_those_defaults(setting, field, value):
    assert setting in SECTION
    assert Settings.model_fields[field].default == value


def test_the_stated_default_cap_matches():
    assert re.search(r"`NEWSWATCH_ARCHIVE_MAX_BYTES` \(512 MB\)", SECTION)
